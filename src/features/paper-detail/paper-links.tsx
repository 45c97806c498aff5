import { Button, Group, Text, VisuallyHidden } from "@mantine/core";
import { IconBrandGithub, IconExternalLink, IconFileText, IconFileTypePdf, IconWorld } from "@tabler/icons-react";
import { ExternalLink } from "../../components/external-link";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import "./i18n";

const ICONS = {
  arxiv: IconFileText,
  pdf: IconFileTypePdf,
  project: IconWorld,
  code: IconBrandGithub,
  other: IconExternalLink,
};

type LinkKind = keyof typeof ICONS;

function linksOf(paper: Paper): { kind: LinkKind; href: string }[] {
  const links: { kind: LinkKind; href: string | null }[] = [
    { kind: "arxiv", href: paper.links.arxiv },
    // The schema only admits canonical arXiv ids, so the PDF address follows from it.
    { kind: "pdf", href: paper.arxivId && `https://arxiv.org/pdf/${paper.arxivId}` },
    { kind: "project", href: paper.links.project },
    { kind: "code", href: paper.links.code },
    ...paper.links.other.map((href) => ({ kind: "other" as const, href })),
  ];
  return links.filter((link): link is { kind: LinkKind; href: string } => Boolean(link.href));
}

/** Every link the dataset has for the paper, each opening in a new tab without a handle on this one. */
export function PaperLinks({ paper }: { paper: Paper }) {
  const { t } = useTranslation("detail");
  const links = linksOf(paper);
  if (links.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("links.none")}
      </Text>
    );
  }
  let others = 0;
  return (
    <Group gap="xs">
      {links.map(({ kind, href }) => {
        const Icon = ICONS[kind];
        const label = kind === "other" ? t("links.other", { number: ++others }) : t(`links.${kind}`);
        return (
          <Button
            key={`${kind}:${href}`}
            component={ExternalLink}
            href={href}
            variant="light"
            size="compact-sm"
            leftSection={<Icon size={16} aria-hidden="true" />}
          >
            {label}
            <VisuallyHidden>{` ${t("links.newTab")}`}</VisuallyHidden>
          </Button>
        );
      })}
    </Group>
  );
}
