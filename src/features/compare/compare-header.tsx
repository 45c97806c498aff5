import { Group, Switch, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { ButtonLink } from "../../components/button-link";
import { CiteMenu } from "../../components/cite-menu";
import { ComparisonExportMenu } from "../../components/comparison-export-menu";
import { ShareMenu } from "../../components/share-menu";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import type { SharedPage } from "../../lib/view/share-link";
import { AddPaperSelect } from "./add-paper-select";

interface CompareHeaderProps {
  papers: readonly Paper[];
  columns: Paper[];
  requestedIds: readonly string[];
  onAdd: (id: string) => void;
  hideIdentical: boolean;
  onHideIdentical: (hide: boolean) => void;
  hiddenCount: number;
  /** The comparison as its link reopens it. */
  shared: () => SharedPage;
}

/** Title, the way back, and the tools that act on the whole comparison (add, hide identical, export, cite, share). */
export function CompareHeader({
  papers,
  columns,
  requestedIds,
  onAdd,
  hideIdentical,
  onHideIdentical,
  hiddenCount,
  shared,
}: CompareHeaderProps) {
  const { t } = useTranslation("compare");
  return (
    <Group justify="space-between" align="center" gap="sm">
      <Group gap="md">
        <ButtonLink
          to="/"
          search={(prev) => ({ ...prev, ids: undefined, hide: undefined })}
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
        >
          {t("back")}
        </ButtonLink>
        <Title order={2} size="h3">
          {t("pageTitle")}
        </Title>
      </Group>
      <Group gap="md">
        <AddPaperSelect papers={papers} taken={requestedIds} onAdd={onAdd} />
        <Switch
          size="sm"
          label={t("hideIdentical")}
          checked={hideIdentical}
          disabled={columns.length < 2}
          onChange={(event) => onHideIdentical(event.currentTarget.checked)}
        />
        {/* Always present, so screen readers announce the count when the switch changes it. */}
        <Text size="sm" c="dimmed" role="status" span>
          {hideIdentical && hiddenCount > 0 ? t("hiddenCount", { count: hiddenCount }) : null}
        </Text>
        {/* The export menu comes from src/components; it writes the columns in their current order. */}
        <ComparisonExportMenu papers={columns} />
        <CiteMenu papers={() => columns} disabled={columns.length === 0} />
        <ShareMenu shared={shared} />
      </Group>
    </Group>
  );
}
