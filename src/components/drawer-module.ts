// Mantine's Drawer as its own chunk (see lazy-drawer.tsx).
export { Drawer as default } from "@mantine/core";
