/// <reference types="vite/client" />
// SLOT: the coach helper's settings UI (components/settings/SettingsPanel.tsx and SiteToggle.tsx). Loaded with
// import.meta.glob so the popup builds whether or not they exist yet; each is rendered with no props.
import type { ComponentType } from 'preact';

const modules = import.meta.glob<Record<string, unknown>>(['../../components/settings/SettingsPanel.tsx', '../../components/settings/SiteToggle.tsx'], { eager: true });

function pick(file: string, name: string): ComponentType | undefined {
  const mod = Object.entries(modules).find(([path]) => path.endsWith(file))?.[1];
  return (mod?.[name] ?? mod?.default) as ComponentType | undefined;
}

const SiteToggle = pick('SiteToggle.tsx', 'SiteToggle');
const SettingsPanel = pick('SettingsPanel.tsx', 'SettingsPanel');

export const hasCoachSettings = !!(SiteToggle || SettingsPanel);

export function CoachSettings() {
  if (!hasCoachSettings) return null;
  return (
    <>
      {SiteToggle && <SiteToggle />}
      {SettingsPanel && <SettingsPanel />}
    </>
  );
}
