// PLACEHOLDER: replaced by the real resource.
import { APIResource } from '../core/resource.js';

export class Categories extends APIResource {}
