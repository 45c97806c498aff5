import { type AnchorHTMLAttributes, forwardRef } from "react";
import { isHttpUrl } from "../lib/dataset/schema";

type ExternalLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link out of the app. Only http(s) URLs become anchors (never `javascript:` or `data:`), and
 * the new tab gets no handle on this one.
 */
export const ExternalLink = forwardRef<HTMLAnchorElement, ExternalLinkProps>(function ExternalLink(
  { href, children, ...rest },
  ref,
) {
  if (!isHttpUrl(href)) return <span {...(rest as AnchorHTMLAttributes<HTMLSpanElement>)}>{children}</span>;
  return (
    <a {...rest} ref={ref} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
});
