/**
 * A short confirmation in a corner of the page ("Link copied"). The notifications package loads
 * with the first toast rather than with the page.
 */
export function showToast(message: string, tone: "success" | "error"): void {
  void import("@mantine/notifications").then(({ notifications }) =>
    notifications.show({ message, color: tone === "success" ? "teal" : "red" }),
  );
}
