import { Center, Loader } from "@mantine/core";

/** Where the rows will be once the first part of the search index is ready (the status line says so). */
export function SearchPending() {
  return (
    <Center py="xl">
      <Loader size="sm" aria-hidden="true" />
    </Center>
  );
}
