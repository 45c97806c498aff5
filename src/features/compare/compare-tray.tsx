import { lazy, memo, Suspense, useState } from "react";
import { useCompareTray } from "../../lib/compare-tray/compare-tray-store";

const CompareTrayBar = lazy(() => import("./compare-tray-bar"));

/**
 * The papers picked while browsing, floating at the bottom of every page but the comparison.
 * The bar's code loads once there is something to show, and stays for its closing animation.
 */
export const CompareTray = memo(function CompareTray() {
  const picked = useCompareTray((state) => state.ids.length > 0);
  const [shown, setShown] = useState(picked);
  if (picked && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <CompareTrayBar />
    </Suspense>
  );
});
