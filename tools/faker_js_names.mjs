// Prints the first and last names of every @faker-js/faker locale as JSON:
// {"<locale>": {"first": [...], "last": [...]}}. Input to tools/build_name_lists.py (see there).
// Usage: node tools/faker_js_names.mjs DIR, where DIR holds node_modules/@faker-js/faker.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const root = join(process.argv[2], "node_modules", "@faker-js", "faker", "dist", "index.js");
const { allLocales } = await import(pathToFileURL(root).href);
// A locale's names are a list, or lists per gender (`{female: [...], male: [...]}`).
const all = (names) => (names == null ? [] : Array.isArray(names) ? names : Object.values(names).flat());
const out = {};
for (const [locale, definitions] of Object.entries(allLocales)) {
  const person = definitions.person;
  if (person) out[locale] = { first: all(person.first_name), last: all(person.last_name) };
}
process.stdout.write(JSON.stringify(out));
