import { german } from './de';
import { english } from './en';
import { spanish } from './es';
import { french } from './fr';
import type { RuleData } from './types';

/** Every language pack. A new language is a folder beside `en/` and one line here. */
export const ruleData: RuleData[] = [...english, ...spanish, ...german, ...french];

export const languages = ['en', 'es', 'de', 'fr'] as const;
