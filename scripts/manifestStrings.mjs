// Where package.json holds text a user reads (titles, descriptions, walkthroughs), with a stable key for each, for
// scripts/localizeManifest.mjs and the manifest test.

/** Every localizable string of the manifest as { key, get(), set(value) }. */
export function localizableStrings(manifest) {
  const out = [];
  const field = (obj, prop, key) => {
    if (obj && typeof obj[prop] === 'string') out.push({ key, get: () => obj[prop], set: (v) => { obj[prop] = v; } });
  };
  const c = manifest.contributes ?? {};
  field(manifest, 'displayName', 'displayName');
  field(manifest, 'description', 'description');
  for (const cmd of c.commands ?? []) {
    field(cmd, 'title', `command.${cmd.command}.title`);
    field(cmd, 'category', 'command.category');
  }
  for (const configuration of [c.configuration ?? []].flat()) {
    field(configuration, 'title', 'configuration.title');
    for (const [name, prop] of Object.entries(configuration.properties ?? {})) {
      field(prop, 'description', `config.${name}.description`);
      field(prop, 'markdownDescription', `config.${name}.markdownDescription`);
      (prop.enumDescriptions ?? []).forEach((_, i) => field(prop.enumDescriptions, i, `config.${name}.enumDescriptions.${prop.enum?.[i] ?? i}`));
      (prop.markdownEnumDescriptions ?? []).forEach((_, i) => field(prop.markdownEnumDescriptions, i, `config.${name}.markdownEnumDescriptions.${prop.enum?.[i] ?? i}`));
      field(prop.items, 'markdownDescription', `config.${name}.items.markdownDescription`);
    }
  }
  for (const editor of c.customEditors ?? []) field(editor, 'displayName', `customEditor.${editor.viewType}.displayName`);
  (c.viewsWelcome ?? []).forEach((welcome, i) => field(welcome, 'contents', `viewsWelcome.${welcome.view}.${i}`));
  for (const walkthrough of c.walkthroughs ?? []) {
    const base = `walkthrough.${walkthrough.id}`;
    field(walkthrough, 'title', `${base}.title`);
    field(walkthrough, 'description', `${base}.description`);
    for (const step of walkthrough.steps ?? []) {
      field(step, 'title', `${base}.${step.id}.title`);
      field(step, 'description', `${base}.${step.id}.description`);
      field(step.media, 'altText', `${base}.${step.id}.altText`);
    }
  }
  return out;
}
