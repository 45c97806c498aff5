import { ActionIcon, Anchor, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconX } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { PaperStar, PaperStatus } from "../../components/paper-library-controls";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import { subtitle } from "../../lib/paper-fields/paper-fields";

interface CompareColumnHeaderProps {
  paper: Paper;
  canMoveLeft: boolean;
  canMoveRight: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function Control({
  label,
  action,
  id,
  disabled,
  onClick,
  children,
}: {
  label: string;
  action: "left" | "right" | "remove";
  id: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Tooltip label={label} disabled={disabled}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="md"
        aria-label={label}
        disabled={disabled}
        onClick={onClick}
        data-compare-control={`${action}:${id}`}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The paper's name (a link to its pane) with buttons to move it left or right or remove it. */
export function CompareColumnHeader({ paper, canMoveLeft, canMoveRight, onMove, onRemove }: CompareColumnHeaderProps) {
  const { t } = useTranslation("compare");
  const labels = useLabels();
  const name = paper.name;
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Anchor
          renderRoot={(props) => (
            <Link
              {...props}
              to="/papers/$paperId"
              params={{ paperId: paper.id }}
              search={(prev) => ({ ...prev, ids: undefined, hide: undefined })}
            />
          )}
          fw={700}
          size="md"
          title={t("column.open", { name })}
        >
          {name}
        </Anchor>
        <Group gap={0} wrap="nowrap">
          <Control
            label={t("column.moveLeft", { name })}
            action="left"
            id={paper.id}
            disabled={!canMoveLeft}
            onClick={() => onMove(-1)}
          >
            <IconArrowLeft size={16} aria-hidden="true" />
          </Control>
          <Control
            label={t("column.moveRight", { name })}
            action="right"
            id={paper.id}
            disabled={!canMoveRight}
            onClick={() => onMove(1)}
          >
            <IconArrowRight size={16} aria-hidden="true" />
          </Control>
          <Control label={t("column.remove", { name })} action="remove" id={paper.id} onClick={onRemove}>
            <IconX size={16} aria-hidden="true" />
          </Control>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" fw={400} lineClamp={2}>
        {subtitle(paper, labels)}
      </Text>
      {/* The reader's own star and status, editable here too. */}
      <Group gap={4} wrap="nowrap">
        <PaperStar paper={paper} label={t("column.star", { name })} />
        <PaperStatus paper={paper} label={t("column.status", { name })} language={labels.language} />
      </Group>
    </Stack>
  );
}
