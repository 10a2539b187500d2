import { writeFileSync } from 'node:fs';
import { WEB_API_TYPES_FILE, webApiTypes } from './webApiTypes.js';

/** `npm run gen:web-types`: rewrites the board's types after a change to api/schemas/. */
writeFileSync(WEB_API_TYPES_FILE, await webApiTypes());
console.log(`wrote ${WEB_API_TYPES_FILE}`);
