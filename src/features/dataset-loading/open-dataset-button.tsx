import { Button, FileButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDatasetStore } from "../../lib/dataset/dataset-store";
import { readDatasetFile } from "../../lib/dataset/load-dataset";

export function OpenDatasetButton({ variant = "default" }: { variant?: "default" | "filled" | "subtle" }) {
  const { t } = useTranslation("dataset");
  const load = useDatasetStore((state) => state.load);
  return (
    <FileButton
      accept="application/json,.json"
      onChange={(file) => {
        if (file) void load(file.name, () => readDatasetFile(file));
      }}
    >
      {(props) => (
        <Button variant={variant} {...props}>
          {t("openFile")}
        </Button>
      )}
    </FileButton>
  );
}
