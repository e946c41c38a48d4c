import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code loads the first time it is shown (a dynamic import, its own chunk): the popup's script
 * then holds only what paints the contact list, which is what the popup opens on (issue 12, first render).
 * Renders nothing for the few milliseconds the chunk takes to load from the extension's own files.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function LazyView(props: P) {
    // A component is a function: given as is, useState would call it as an initializer.
    const [view, setView] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (view) return;
      let live = true;
      loading ??= load().then((c) => (loaded = c));
      void loading.then((c) => live && setView(() => c));
      return () => void (live = false);
    }, [view]);
    return view ? h(view as ComponentType<object>, props) : null;
  };
}
