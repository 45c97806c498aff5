import { useRouter } from "@tanstack/react-router";
import { ButtonLink } from "../../components/button-link";
import { closeDiskDataset } from "./open-dataset";

/**
 * Back to the bundled dataset: the URL without `?dataset=`. A file opened from disk has no URL of
 * its own, so closing it and reloading the (unchanged) address is what opens the bundled one then.
 */
export function OpenBundledLink({ children, variant }: { children: string; variant: "default" | "subtle" }) {
  const router = useRouter();
  return (
    <ButtonLink
      to="/"
      search={(prev) => ({ ...prev, dataset: undefined })}
      variant={variant}
      onClick={() => {
        const named = new URLSearchParams(router.state.location.searchStr).has("dataset");
        closeDiskDataset();
        if (!named) void router.invalidate();
      }}
    >
      {children}
    </ButtonLink>
  );
}
