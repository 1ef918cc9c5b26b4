import type { ReviewTemplate } from './types';
import { course } from './course';
import { neurips2020, neurips2025 } from './neurips';
import { aclArr, cvpr2025, icml2025, iclr2025 } from './otherVenues';

export type { ReviewTemplate, TemplateSection, ScoreScale, ScoreOption } from './types';
export { parseCustomTemplate, parseTemplateSetting, type CustomTemplateResult, type TemplateProblem } from './custom';

/** Every form the extension knows without configuration, in the order menus show them. */
export const builtinTemplates: readonly ReviewTemplate[] = [course, neurips2020, neurips2025, iclr2025, icml2025, aclArr, cvpr2025];

export function findBuiltinTemplate(id: string): ReviewTemplate | undefined {
  return builtinTemplates.find((t) => t.id === id);
}
