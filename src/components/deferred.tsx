import { type ComponentType, lazy, Suspense, useState } from "react";
import { useIdle } from "../lib/idle/use-idle";

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
 * that looks the same renders first, the real control's code loads once that frame is painted and
 * the page is idle (or at once when the stand-in is clicked), and a click on the stand-in opens the
 * real one as soon as it arrives. Keeps menus' positioning code (floating UI) out of the JavaScript
 * the page needs before it can show its rows.
 */
export function deferred<P extends object>(
  load: () => Promise<{ default: ComponentType<P & DeferredProps> }>,
  StandIn: ComponentType<P & StandInProps>,
): ComponentType<P> {
  const Real = lazy(load);
  // Once requested, the code is there: a control mounted later renders the real one at once.
  let requested = false;
  return function Deferred(props: P) {
    const [clicked, setClicked] = useState(false);
    const idle = useIdle(requested);
    const standIn = <StandIn {...props} onOpen={() => setClicked(true)} />;
    // Rendering `Real` starts its download, and the download's bookkeeping costs the first frame.
    if (!idle && !clicked) return standIn;
    requested = true;
    return (
      <Suspense fallback={standIn}>
        <Real {...props} initiallyOpen={clicked} />
      </Suspense>
    );
  };
}
