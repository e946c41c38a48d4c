// Outside a browser (unit tests, the Node bench) there is no browser.i18n: answer getMessage from
// locales/en.yml as Chrome would ($1–$9 substitutions), so components read their English strings.
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';

export async function enGetMessage(localesDir = 'locales'): Promise<(name: string, subs?: string | string[]) => string> {
  const messages = JSON.parse(generateChromeMessagesText(await parseMessagesFile(`${localesDir}/en.yml`))) as Record<
    string,
    { message: string }
  >;
  return (name, subs) => {
    const list = typeof subs === 'string' ? [subs] : (subs ?? []);
    const message = messages[name]?.message ?? '';
    return message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}
