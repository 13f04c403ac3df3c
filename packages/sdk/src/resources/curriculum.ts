// PLACEHOLDER: replaced by the real resource.
import { APIResource } from '../core/resource.js';

export class Curriculum extends APIResource {}
export class Lectures extends APIResource {}
export class Sections extends APIResource {}
