import { CiteMenu } from "../../components/cite-menu";
import { ShareMenu } from "../../components/share-menu";
import type { Paper } from "../../lib/dataset/schema";
import { useTranslation } from "../../lib/i18n/use-translation";
import { papersView, useReadView } from "../../lib/view/share-link";

/** What the tray does with its picks besides comparing them: cite them, or share a link to exactly them. */
export function TrayActions({ ids, papers }: { ids: readonly string[]; papers: () => readonly Paper[] }) {
  const { t } = useTranslation("compare");
  const readView = useReadView();
  return (
    <>
      <CiteMenu papers={papers} />
      <ShareMenu
        label={t("tray.share")}
        shared={() => ({ page: "explorer", view: papersView(ids, readView().dataset) })}
      />
    </>
  );
}
