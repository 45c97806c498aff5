import { createSpotlight } from "@mantine/spotlight";

/** The palette's own Spotlight store, so no other spotlight in the app can open or close it. */
export const [quickFindStore, quickFind] = createSpotlight();
