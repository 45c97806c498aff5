import { Button, CloseButton, Group, Text, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconScale } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { MAX_COMPARE, useCompareTray } from "../../lib/compare-tray/compare-tray-store";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import type { ShortcutId } from "../../lib/shortcuts/shortcuts";
import { useShortcutText } from "../../lib/shortcuts/use-shortcut-text";
import { ActionIconLink } from "./action-icon-link";
import classes from "./paper-detail-pane.module.css";
import type { PaperSteps } from "./paper-steps";
import "./i18n";

interface PaneToolbarProps {
  paper: Paper;
  steps: PaperSteps;
  previous: Paper | undefined;
  next: Paper | undefined;
  onClose: () => void;
}

function StepLink({
  current,
  target,
  shortcut,
  icon,
}: {
  current: Paper;
  target: Paper | undefined;
  shortcut: ShortcutId;
  icon: ReactNode;
}) {
  const hint = useShortcutText().hint(shortcut);
  return (
    <Tooltip label={hint.tooltip} disabled={!target}>
      <ActionIconLink
        to="/papers/$paperId"
        // A disabled link has no href, but its params must still build a valid path.
        params={{ paperId: (target ?? current).id }}
        disabled={!target}
        variant="default"
        size="lg"
        aria-label={hint.label}
        aria-keyshortcuts={hint.ariaKeyShortcuts}
      >
        {icon}
      </ActionIconLink>
    </Tooltip>
  );
}

/** Previous/next through the current list, the compare toggle and the close button. */
export function PaneToolbar({ paper, steps, previous, next, onClose }: PaneToolbarProps) {
  const { t } = useTranslation("detail");
  const inTray = useCompareTray((state) => state.ids.includes(paper.id));
  const trayFull = useCompareTray((state) => state.ids.length >= MAX_COMPARE);
  const toggle = useCompareTray((state) => state.toggle);
  const blocked = !inTray && trayFull;
  const closeHint = useShortcutText().hint("pane-close");

  return (
    <Group className={classes.toolbar} justify="space-between" gap="xs">
      <Group gap={6} wrap="nowrap" role="group" aria-label={t("steps.label")}>
        <StepLink
          current={paper}
          target={previous}
          shortcut="pane-previous"
          icon={<IconChevronLeft size={18} aria-hidden="true" />}
        />
        <StepLink
          current={paper}
          target={next}
          shortcut="pane-next"
          icon={<IconChevronRight size={18} aria-hidden="true" />}
        />
        <Text
          size="sm"
          c="dimmed"
          className={classes.position}
          aria-live="polite"
          title={steps.position === null ? t("steps.notInViewLong") : undefined}
        >
          {steps.position === null ? (
            t("steps.notInView")
          ) : (
            <>
              <span aria-hidden="true">{t("steps.position", { position: steps.position, total: steps.total })}</span>
              <VisuallyHidden>
                {t("steps.positionLong", { position: steps.position, total: steps.total })}
              </VisuallyHidden>
            </>
          )}
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap" className={classes.paperActions}>
        <Tooltip label={t("compare.full")} disabled={!blocked}>
          <Button
            variant={inTray ? "light" : "default"}
            size="compact-sm"
            leftSection={<IconScale size={16} aria-hidden="true" />}
            onClick={() => toggle(paper.id)}
            data-disabled={blocked || undefined}
            aria-disabled={blocked || undefined}
          >
            {inTray ? t("compare.remove") : t("compare.add")}
          </Button>
        </Tooltip>
        <Tooltip label={closeHint.tooltip}>
          <CloseButton
            size="lg"
            onClick={onClose}
            aria-label={closeHint.label}
            aria-keyshortcuts={closeHint.ariaKeyShortcuts}
          />
        </Tooltip>
      </Group>
    </Group>
  );
}
