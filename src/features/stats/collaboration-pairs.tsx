import { Table, VisuallyHidden } from "@mantine/core";
import { Fragment } from "react";
import { AnchorLink } from "../../components/anchor-link";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useLabels } from "../../lib/labels/use-labels";
import type { CollaborationLink } from "./collaboration";
import "./i18n";

/** A paper by id as a link to its detail pane, keeping the view, or plain text. */
export function PaperName({ id, asLink }: { id: string; asLink: boolean }) {
  const name = useDatasetStore((state) => {
    const index = state.loaded?.indexes.paperIndexById.get(id);
    return index === undefined ? id : (state.loaded?.dataset.papers[index]?.name ?? id);
  });
  if (!asLink) return name;
  return (
    <AnchorLink to="/papers/$paperId" params={{ paperId: id }}>
      {name}
    </AnchorLink>
  );
}

/** The network's links as a table of pairs and their joint papers. */
export function CollaborationPairs({ links, shown }: { links: CollaborationLink[]; shown: boolean }) {
  const { t } = useTranslation("stats");
  const labels = useLabels();
  const table = (
    <Table striped withTableBorder fz="sm" mt="sm">
      <VisuallyHidden component="caption">{t("collaboration.title")}</VisuallyHidden>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("collaboration.pair")}</Table.Th>
          <Table.Th scope="col">{t("collaboration.joint")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {links.map((link) => (
          <Table.Tr key={`${link.source}+${link.target}`}>
            <Table.Th scope="row" fw={400}>
              {labels.institution(link.source)} × {labels.institution(link.target)}
            </Table.Th>
            <Table.Td>
              {link.papers.map((id, i) => (
                <Fragment key={id}>
                  {i > 0 && ", "}
                  <PaperName id={id} asLink={shown} />
                </Fragment>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return shown ? table : <VisuallyHidden>{table}</VisuallyHidden>;
}
