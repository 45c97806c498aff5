import { Button, Menu } from "@mantine/core";
import { IconQuote } from "@tabler/icons-react";
import { useState } from "react";
import { useDatasetStore } from "../lib/dataset/dataset-store";
import type { Paper } from "../lib/dataset/schema";
import { useTranslation } from "../lib/i18n/use-translation";
import { copyText } from "./clipboard";
import { ReadOnOpen } from "./read-on-open";
import { showToast } from "./toast";

const CITATION_FORMATS = ["bibtex", "apa"] as const;
type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The formatters load on first use: BibTeX is small, the APA processor is not. */
async function citationText(format: CitationFormat, papers: readonly Paper[]): Promise<string> {
  if (format === "bibtex") {
    const { papersToBibtex } = await import("../lib/export/papers-bibtex");
    const institutionById = useDatasetStore.getState().loaded?.indexes.institutionById ?? new Map();
    return papersToBibtex(papers, { institutionById }).trimEnd();
  }
  const [{ formatReferences }, { paperToCsl }] = await Promise.all([
    import("../lib/citation/format-reference"),
    import("../lib/export/papers-csl"),
  ]);
  return formatReferences(papers.map(paperToCsl));
}

const preloadReferences = () => void import("../lib/citation/format-reference");

/** "Cite": copies a citation of the papers (read when picked) as BibTeX or as an APA reference. */
export function CiteMenu({ papers, disabled = false }: { papers: () => readonly Paper[]; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const cite = async (format: CitationFormat) => {
    setBusy(true);
    try {
      await copyText(citationText(format, papers()));
      showToast(t("cite.copied", { format: format === "bibtex" ? "BibTeX" : "APA" }), "success");
    } catch {
      showToast(t("cite.failed"), "error");
    } finally {
      setBusy(false);
    }
  };
  const describe = () => {
    const list = papers();
    return t("cite.describe", { count: list.length, name: list[0]?.name ?? "" });
  };
  return (
    // Opening the menu starts loading the reference formatter, so picking APA rarely waits for it.
    <Menu position="bottom-end" onOpen={preloadReferences}>
      <Menu.Target>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconQuote size={16} aria-hidden="true" />}
          disabled={disabled}
          loading={busy}
        >
          {t("cite.button")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <ReadOnOpen read={describe} />
        </Menu.Label>
        {CITATION_FORMATS.map((format) => (
          <Menu.Item key={format} onClick={() => void cite(format)}>
            {t(`cite.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
