/** The toolbar's stage selector: "All stages" or one stage drawn alone. Options come from the view, as text. */
import type { LayerView, StageRole } from '../../server/src/core/view';

export interface StageChoice {
  /** The stage's name as the view shows it (`build`, `#1`): what the saved state remembers. */
  readonly value: string;
  readonly label: string;
}

export function stageChoices(view: LayerView): StageChoice[] {
  return view.columns.map((c) => ({ value: c.name, label: `Stage ${c.name} (${roleWord(c.role)})` }));
}

function roleWord(role: StageRole): string {
  switch (role) {
    case 'target':
      return 'target';
    case 'ships':
      return 'shipped base';
    case 'build-only':
      return 'build-only';
  }
}

/** Rebuilds the options only when the stages changed (typing elsewhere leaves the open list alone). */
export function syncStageSelect(select: HTMLSelectElement, choices: readonly StageChoice[], chosen: string | null): void {
  const wanted = [{ value: '', label: 'All stages' }, ...choices];
  const current = Array.from(select.options);
  const same = current.length === wanted.length && current.every((o, i) => o.value === wanted[i].value && o.text === wanted[i].label);
  if (!same) {
    select.replaceChildren(...wanted.map((choice) => {
      const option = document.createElement('option');
      option.value = choice.value;
      option.textContent = choice.label;
      return option;
    }));
  }
  const value = chosen ?? '';
  if (select.value !== value) select.value = value;
  // One stage has nothing to choose between.
  select.disabled = choices.length < 2 && chosen === null;
}
