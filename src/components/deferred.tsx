import { type ComponentType, lazy, Suspense, useState } from "react";

/** What the stand-in is told: someone clicked it before the real control had loaded. */
export interface StandInProps {
  onOpen: () => void;
}

/** Props the real control gets: whether to open at once (it was clicked while loading). */
export interface DeferredProps {
  initiallyOpen?: boolean;
}

/**
 * A control whose code is not needed for the page's first paint, such as a dropdown: a stand-in
 * that looks the same renders first, the real control's code loads right after, and a click on
 * the stand-in opens the real one as soon as it arrives. Keeps menus' positioning code (floating
 * UI) out of the JavaScript the page needs before it can show its rows.
 */
export function deferred<P extends object>(
  load: () => Promise<{ default: ComponentType<P & DeferredProps> }>,
  StandIn: ComponentType<P & StandInProps>,
): ComponentType<P> {
  const Real = lazy(load);
  return function Deferred(props: P) {
    const [clicked, setClicked] = useState(false);
    return (
      <Suspense fallback={<StandIn {...props} onOpen={() => setClicked(true)} />}>
        <Real {...props} initiallyOpen={clicked} />
      </Suspense>
    );
  };
}
