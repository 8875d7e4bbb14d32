// The demo page: our elements, the real VADS components, and a panel
// that switches the simulated backend between scenarios.
import '@va-auth-status/status-banner/define-vads';
import '@va-auth-status/status-banner/define';

interface ScenarioSummary {
  id: string;
  title: string;
  description: string;
}

async function postScenario(id: string): Promise<void> {
  await fetch('/__simulator/scenario', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({id}),
  });
}

function renderOptions(
  scenarios: ScenarioSummary[],
  current: string,
  container: HTMLElement
): void {
  for (const scenario of scenarios) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'scenario';
    input.value = scenario.id;
    input.checked = scenario.id === current;
    label.append(input, ` ${scenario.title}`);
    label.title = scenario.description;
    container.append(label);
  }
}

async function setUpControls(): Promise<void> {
  const response = await fetch('/__simulator/scenario');
  const {current, scenarios} = (await response.json()) as {
    current: string;
    scenarios: ScenarioSummary[];
  };

  const options = document.querySelector<HTMLElement>('#scenario-options');
  const status = document.querySelector<HTMLElement>('#scenario-status');
  if (!options || !status) return;
  renderOptions(scenarios, current, options);

  options.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    void postScenario(input.value).then(() => {
      const picked = scenarios.find((scenario) => scenario.id === input.value);
      status.textContent = `Backend now: ${picked?.title ?? input.value}.`;
    });
  });

  const banners = () => document.querySelectorAll('va-auth-status-banner');
  document
    .querySelector<HTMLSelectElement>('#path-select')
    ?.addEventListener('change', (event) => {
      const path = (event.target as HTMLSelectElement).value;
      for (const banner of banners()) banner.setAttribute('sign-in-path', path);
    });
  document
    .querySelector<HTMLSelectElement>('#language-select')
    ?.addEventListener('change', (event) => {
      const language = (event.target as HTMLSelectElement).value;
      document.documentElement.lang = language;
      for (const element of document.querySelectorAll(
        'va-auth-status-banner, va-auth-alternate-methods'
      )) {
        element.setAttribute('language', language);
      }
    });
}

void setUpControls();
