import { ActionIcon, type ActionIconProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { type AnchorHTMLAttributes, forwardRef } from "react";

type AnchorIconProps = ActionIconProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ActionIconProps>;

const AnchorIcon = forwardRef<HTMLAnchorElement, AnchorIconProps>(function AnchorIcon(props, ref) {
  return <ActionIcon component="a" ref={ref} {...props} />;
});

/** An icon button that is a router link, so previous/next can be opened in a new tab too. */
export const ActionIconLink = createLink(AnchorIcon);
