import { randomUUID } from "node:crypto";
import { baseUrl } from "./browser";
import { type LabLog, type LabScenario, labSource } from "./network-lab";

/** One exchange with the network lab: the dataset address to open, and what the server saw. */
export function labExchange(scenario: LabScenario) {
  const id = randomUUID();
  const source = labSource(id, scenario);
  return {
    source,
    /** An app address opening this exchange as its dataset. */
    url: (path = "/") => `${path}${path.includes("?") ? "&" : "?"}dataset=${encodeURIComponent(source)}`,
    log: async (): Promise<LabLog> => (await fetch(`${baseUrl}/lab/${id}/log`)).json() as Promise<LabLog>,
    release: async () => {
      await fetch(`${baseUrl}/lab/${id}/release`, { method: "POST" });
    },
  };
}
