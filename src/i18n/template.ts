/** Fill `{name}` placeholders in a string. Throws when a placeholder has no value, so mistakes surface at build. */
export function fillTemplate(template: string, vars: Record<string, string | number>, name = 'string'): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in vars)) throw new Error(`${name} needs a value for {${key}}`);
    return String(vars[key]);
  });
}
