import type { DrawerProps } from "@mantine/core";
import { lazy, Suspense, useState } from "react";

const Drawer = lazy(() => import("./drawer-module"));

/**
 * Mantine's Drawer, whose code (a modal with scroll locking and focus trapping) loads the first
 * time it opens: drawers exist only on narrow screens, and most visits never open one.
 */
export function LazyDrawer(props: DrawerProps) {
  const [used, setUsed] = useState(props.opened);
  if (props.opened && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Drawer {...props} />
    </Suspense>
  );
}
