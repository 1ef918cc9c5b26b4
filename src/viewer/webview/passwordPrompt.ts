// Asks for the password of a protected PDF in the message panel; pdf.js asks again when it is wrong.
import type { ViewerStrings } from '../strings';
import type { Chrome } from './chrome';
import type { MessagePanel } from './messagePanel';

export class PasswordPrompt {
  #pending: (() => void) | undefined;

  constructor(private readonly ui: Chrome, private readonly strings: ViewerStrings, private readonly messages: MessagePanel) {}

  /** Shows the prompt; `update` gets what the reader typed (pdf.js's onPassword callback). */
  ask(wrong: boolean, update: (password: string) => void): void {
    const { ui, strings, messages } = this;
    this.#pending?.(); // a newer request replaces an unanswered one
    messages.show(wrong ? strings.passwordWrong : strings.passwordNeeded);
    ui.passwordRow.hidden = false;
    ui.passwordInput.value = '';
    ui.passwordInput.focus();
    const detach = () => {
      ui.passwordButton.removeEventListener('click', submit);
      ui.passwordInput.removeEventListener('keydown', onKey);
      this.#pending = undefined;
    };
    const submit = () => {
      detach();
      messages.show(strings.loading);
      update(ui.passwordInput.value);
    };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Enter') submit(); };
    ui.passwordButton.addEventListener('click', submit);
    ui.passwordInput.addEventListener('keydown', onKey);
    this.#pending = detach;
  }
}
