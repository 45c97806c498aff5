import { Button, Group, TextInput } from "@mantine/core";
import { useLocation } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { useTranslation } from "../../lib/i18n/use-translation";
import { newestDigest } from "../../lib/saved-views/new-since";
import { MAX_NAME_LENGTH, nameProblem } from "../../lib/saved-views/saved-views";
import { MAX_VIEWS, useSavedViews } from "../../lib/saved-views/saved-views-store";

export function SaveViewForm({ onSaved }: { onSaved: (name: string) => void }) {
  const { t } = useTranslation("savedViews");
  const [name, setName] = useState("");
  const searchStr = useLocation({ select: (location) => location.searchStr });
  const save = useSavedViews((state) => state.save);
  const full = useSavedViews((state) => state.views.length >= MAX_VIEWS);
  const problem = useSavedViews((state) => nameProblem(state.views, name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const loaded = useDatasetStore.getState().loaded;
    // Saved on the dataset it names: what it shows now is what the reader has seen.
    // Null when the list is full or the name cannot be used; the field already says why.
    const view = save(name, searchStr, loaded && !loaded.fromDisk ? newestDigest(loaded.dataset) : undefined);
    if (!view) return;
    setName("");
    onSaved(view.name);
  };

  return (
    <form onSubmit={submit} aria-label={t("saveCurrent")}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          label={t("nameLabel")}
          placeholder={t("namePlaceholder")}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          onChange={(event) => setName(event.currentTarget.value)}
          style={{ flex: 1 }}
          error={
            full
              ? t("full", { max: MAX_VIEWS })
              : problem === "taken"
                ? t("nameTaken", { name: name.trim() })
                : undefined
          }
        />
        <Button type="submit" disabled={full || problem !== null}>
          {t("save")}
        </Button>
      </Group>
    </form>
  );
}
