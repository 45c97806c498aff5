import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { type AnchorHTMLAttributes, forwardRef } from "react";

type AnchorElementProps = AnchorProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof AnchorProps>;

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorElementProps>(function MantineAnchor(props, ref) {
  return <Anchor component="a" ref={ref} {...props} />;
});

/** A Mantine text link that is a type-checked router link. */
export const AnchorLink = createLink(MantineAnchor);
