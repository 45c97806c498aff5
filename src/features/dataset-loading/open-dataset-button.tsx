import { Button, FileButton } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import { useDatasetActions } from "./use-dataset-actions";

/** Chooses a dataset file from disk; `another` after one was refused. */
export function OpenDatasetButton({
  variant = "default",
  another = false,
}: {
  variant?: "default" | "filled" | "subtle";
  another?: boolean;
}) {
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
          {t(another ? "openAnotherFile" : "openFile")}
        </Button>
      )}
    </FileButton>
  );
}
