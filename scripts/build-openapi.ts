/**
 * `npm run build:openapi`: writes `docs/openapi.json`, the machine-readable contract, from the
 * SDK's zod schemas and the route table in `scripts/openapi/routes.ts`. Commit the result;
 * `scripts/openapi.test.ts` fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenAPI } from './openapi/document.js';
import { serialize } from './openapi/serialize.js';

const target = fileURLToPath(new URL('../docs/openapi.json', import.meta.url));
const document = buildOpenAPI();
writeFileSync(target, serialize(document));

const operations = Object.values(document.paths).reduce((sum, methods) => sum + Object.keys(methods).length, 0);
console.log(`Wrote ${target}: ${Object.keys(document.paths).length} paths, ${operations} operations, ${Object.keys(document.components.schemas).length} schemas.`);
