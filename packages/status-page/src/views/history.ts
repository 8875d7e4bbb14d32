/**
 * The past 90 days: notices that ended, and uptime per service per day.
 * The coloured bar is decoration; the same facts are in words (a summary
 * line and a table of days), and a day without data says "No data".
 */

import {html} from 'lit';
import type {PageModel} from '../model/page-model.js';
import {calendarDayLabel} from '../model/time.js';
import type {UptimeRow} from '../model/uptime.js';
import {formatPercent, uptimeBand} from '../model/uptime.js';
import type {ViewContext} from './context.js';
import {noticeCard} from './notice.js';

function legend(context: ViewContext) {
  const {bands, legendHeading} = context.copy.history;
  return html`<h4>${legendHeading}</h4>
    <ul class="legend">
      ${(['full', 'minor', 'major', 'none'] as const).map(
        (band) =>
          html`<li>
            <span class="day band-${band}" aria-hidden="true"></span
            >${bands[band]}
          </li>`
      )}
    </ul>`;
}

function uptimeRow(row: UptimeRow, context: ViewContext) {
  const words = context.copy.history;
  const name = context.serviceName(row.serviceId, row.label);

  if (row.average === null) {
    return html`<li class="uptime-row">
      <h4>${name}</h4>
      <p>${words.noDataForService}</p>
    </li>`;
  }

  const percent = formatPercent(row.average, context.copy.locale);
  // The bar reads left to right, oldest to newest.
  const oldestFirst = [...row.days].reverse();

  return html`<li class="uptime-row">
    <h4>${name}</h4>
    <p>${words.uptimeSummary(percent, row.daysWithData)}</p>
    <div class="bar" aria-hidden="true">
      ${oldestFirst.map(
        (entry) =>
          html`<span class="day band-${uptimeBand(entry.ratio)}"></span>`
      )}
    </div>
    <details>
      <summary>${words.showDays(name)}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${words.dayColumn}</th>
            <th scope="col">${words.uptimeColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${row.days.map(
            (entry) =>
              html`<tr class="band-${uptimeBand(entry.ratio)}">
                <th scope="row">
                  ${calendarDayLabel(entry.day, context.language)}
                </th>
                <td>
                  ${
                    entry.ratio === null
                      ? words.noData
                      : formatPercent(entry.ratio, context.copy.locale)
                  }
                </td>
              </tr>`
          )}
        </tbody>
      </table>
    </details>
  </li>`;
}

function uptimePart(model: PageModel, context: ViewContext) {
  const words = context.copy.history;
  if (model.uptime.empty) {
    return html`<h3>${words.uptimeHeading}</h3>
      <p>${words.noUptime}</p>`;
  }

  return html`<h3>${words.uptimeHeading}</h3>
    <p>${words.uptimeIntro}</p>
    <ul class="uptime-list">
      ${model.uptime.rows.map((row) => uptimeRow(row, context))}
    </ul>
    ${legend(context)}`;
}

export function historySection(model: PageModel, context: ViewContext) {
  const words = context.copy.history;
  const card = (notice: PageModel['history'][number], index: number) =>
    noticeCard(notice, 'history', context, `history-${index}`, 4);

  return html`<section class="history" aria-labelledby="history-heading">
    <h2 id="history-heading">${words.heading}</h2>
    <p>${words.intro}</p>
    <h3>${words.noticesHeading}</h3>
    ${
      model.history.length === 0
        ? html`<p>${words.noNotices}</p>`
        : html`<ul class="notice-list">
            ${model.history.map(
              (notice, index) => html`<li>${card(notice, index)}</li>`
            )}
          </ul>`
    }
    ${uptimePart(model, context)}
  </section>`;
}
