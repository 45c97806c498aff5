/// <reference types="vite-plugin-pwa/react" />

import { useRegisterSW } from "virtual:pwa-register/react";
import { Affix, Button, Group, Notification, Text } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";

/** Long-lived tabs look for a new version this often, not only when the page is loaded. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only: in `vite dev` and in unit tests the plugin's
 * module registers nothing) and, when a new version has been installed, asks before switching to it,
 * so a page never runs on two builds at once.
 */
export function UpdatePrompt() {
  const { t } = useTranslation("appUpdate");
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      // Offline, the check fails; the next one tries again.
      if (registration) setInterval(() => registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
  if (!needRefresh) return null;
  return (
    <Affix position={{ top: 64, right: 16 }} zIndex={300}>
      <Notification
        role="status"
        title={t("title")}
        withCloseButton
        closeButtonProps={{ "aria-label": t("later") }}
        onClose={() => setNeedRefresh(false)}
        maw={360}
      >
        <Text size="sm">{t("body")}</Text>
        <Group justify="flex-end" mt="xs">
          {/* Activates the waiting worker; the page reloads once it has taken over. */}
          <Button size="xs" onClick={() => void updateServiceWorker(true)}>
            {t("reload")}
          </Button>
        </Group>
      </Notification>
    </Affix>
  );
}
