import { english } from './en';
import type { RuleData } from './types';

/** Every language pack. A new language is a folder beside `en/` and one line here. */
export const ruleData: RuleData[] = [...english];
