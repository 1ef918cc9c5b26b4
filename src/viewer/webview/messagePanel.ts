// The panel over the pages that says what is going on (loading, a PDF that cannot be shown), and the banner
// above them (a reload that failed while the previous version stays shown).
import type { Chrome } from './chrome';

export class MessagePanel {
  constructor(private readonly ui: Chrome) {}

  show(text: string): void {
    this.ui.messageText.textContent = text;
    this.ui.passwordRow.hidden = true;
    this.ui.message.hidden = false;
  }

  hide(): void {
    this.ui.message.hidden = true;
  }

  showBanner(text: string): void {
    this.ui.banner.textContent = text;
    this.ui.banner.hidden = false;
  }

  hideBanner(): void {
    this.ui.banner.hidden = true;
  }
}
