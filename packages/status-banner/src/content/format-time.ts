/**
 * Dates and times in Eastern Time, written the way VA's content style
 * guide asks for in alerts: abbreviated weekdays and months where the
 * guide allows it ("Dec.", never "Mar."), "9:00 p.m.", "noon" and
 * "midnight" instead of 12:00, and "ET" with no daylight-saving letter.
 *
 * We compose the words ourselves from `Intl` parts because no locale's
 * built-in format matches VA style.
 */

/** Languages the kit writes. */
export type Language = 'en' | 'es';

const ZONE = 'America/New_York';

const EN_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
const EN_MONTHS_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const ES_WEEKDAYS = [
  'domingo',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
];

/** The wall-clock parts of an instant in Eastern Time. */
export interface EasternParts {
  year: number;
  /** 0 to 11. */
  month: number;
  day: number;
  /** 0 (Sunday) to 6. */
  weekday: number;
  /** 0 to 23. */
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
});
const WEEKDAY_INDEX: Record<string, number> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

/** Splits an instant into Eastern wall-clock parts. */
export function easternParts(instant: Date | string | number): EasternParts {
  const date = new Date(instant);
  const parts: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(date)) {
    parts[part.type] = part.value;
  }

  return {
    year: Number(parts.year),
    month: Number(parts.month) - 1,
    day: Number(parts.day),
    weekday: WEEKDAY_INDEX[parts.weekday ?? 'Sun'] ?? 0,
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** "9:00 p.m.", "noon", "midnight" (Spanish: "mediodía", "medianoche"). */
export function formatClock(parts: EasternParts, language: Language): string {
  const {hour, minute} = parts;
  if (minute === 0 && hour === 12) {
    return language === 'es' ? 'mediodía' : 'noon';
  }
  if (minute === 0 && hour === 0) {
    return language === 'es' ? 'medianoche' : 'midnight';
  }

  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 ? 'a.m.' : 'p.m.';
  return `${twelveHour}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/**
 * The date alone: "Monday, Dec. 7, 2026" in alerts (`short`), or
 * "Monday, December 7, 2026" on pages with room (`long`). Spanish:
 * "lunes, 7 de diciembre de 2026".
 */
export function formatEasternDate(
  instant: Date | string | number,
  language: Language = 'en',
  width: 'short' | 'long' = 'short'
): string {
  const parts = easternParts(instant);

  if (language === 'es') {
    const weekday = ES_WEEKDAYS[parts.weekday];
    const month = ES_MONTHS[parts.month];
    return `${weekday}, ${parts.day} de ${month} de ${parts.year}`;
  }

  const months = width === 'short' ? EN_MONTHS : EN_MONTHS_FULL;
  const weekday = EN_WEEKDAYS[parts.weekday];
  return `${weekday}, ${months[parts.month]} ${parts.day}, ${parts.year}`;
}

/**
 * "Monday, Dec. 7, 2026, at 9:00 p.m. ET". Spanish:
 * "lunes, 7 de diciembre de 2026, a las 9:00 p.m. ET" ("al mediodía").
 */
export function formatEasternDateTime(
  instant: Date | string | number,
  language: Language = 'en',
  width: 'short' | 'long' = 'short'
): string {
  const parts = easternParts(instant);
  const date = formatEasternDate(instant, language, width);
  const clock = formatClock(parts, language);

  if (language === 'es') {
    const isNamed = clock === 'mediodía' || clock === 'medianoche';
    const at = isNamed ? (clock === 'mediodía' ? 'al' : 'a la') : 'a las';
    return `${date}, ${at} ${clock} ET`;
  }
  return `${date}, at ${clock} ET`;
}

/** The time alone with its zone: "9:00 p.m. ET". */
export function formatEasternTime(
  instant: Date | string | number,
  language: Language = 'en'
): string {
  return `${formatClock(easternParts(instant), language)} ET`;
}

/** True when two instants fall on the same Eastern calendar day. */
export function isSameEasternDay(
  a: Date | string | number,
  b: Date | string | number
): boolean {
  const first = easternParts(a);
  const second = easternParts(b);
  return (
    first.year === second.year &&
    first.month === second.month &&
    first.day === second.day
  );
}

/** `YYYY-MM-DD` of the Eastern calendar day an instant falls on. */
export function easternDay(instant: Date | string | number): string {
  const {year, month, day} = easternParts(instant);
  const mm = String(month + 1).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return `${year}-${mm}-${dd}`;
}
