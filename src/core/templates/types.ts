/** A review form: the sections a venue or course asks for, in order. Plain data, shared by checks, snippets and the CLI. */
export interface ReviewTemplate {
  readonly id: string;
  /** Shown to the user, e.g. "NeurIPS 2020". */
  readonly name: string;
  readonly sections: readonly TemplateSection[];
}

export interface TemplateSection {
  /** Stable id used in diagnostics, JSON output and snippet prefixes, e.g. "strengths". */
  readonly id: string;
  /** The title as the form prints it. */
  readonly title: string;
  /** Other titles reviewers write for the same section. */
  readonly aliases?: readonly string[];
  readonly required: boolean;
  /** Fewer words than this makes the section "short"; 0 disables the check. */
  readonly minWords: number;
  /** The form's question for this section; shown in snippets, and a placeholder when left unchanged. */
  readonly prompt: string;
  /** Present for sections whose answer is a number on a scale. */
  readonly score?: ScoreScale;
  /** Present for sections answered by one of a few words (e.g. Yes/No). */
  readonly choices?: readonly string[];
}

export interface ScoreScale {
  /** Allowed values, ascending, each with the form's label. */
  readonly options: readonly ScoreOption[];
}

export interface ScoreOption {
  readonly value: number;
  readonly label: string;
}
