import { Button, FileButton } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useDatasetActions } from "./use-dataset-actions";

export function OpenDatasetButton({ variant = "default" }: { variant?: "default" | "filled" | "subtle" }) {
  const { t } = useTranslation("dataset");
  const { openFile } = useDatasetActions();
  return (
    <FileButton
      accept="application/json,.json"
      onChange={(file) => {
        if (file) void openFile(file);
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
