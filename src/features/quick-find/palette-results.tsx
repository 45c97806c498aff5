import { Combobox, Text } from "@mantine/core";
import { useTranslation } from "../../lib/i18n/use-translation";
import classes from "./quick-find.module.css";
import type { PaletteGroup } from "./use-palette-items";

export const LIST_ID = "quick-find-results";
export const optionId = (index: number) => `quick-find-option-${index}`;

/** Keeps the option the keys moved to inside the scrolled list. */
const scrollIntoView = (element: HTMLElement | null) => element?.scrollIntoView({ block: "nearest" });

/** The palette's listbox: a group per kind of result, options numbered across groups. */
export function PaletteResults({ groups, selected }: { groups: PaletteGroup[]; selected: number }) {
  const { t } = useTranslation("quickFind");
  let position = 0;
  return (
    <Combobox.Options id={LIST_ID} aria-label={t("results")} className={classes.list}>
      {groups.map((group) => (
        <Combobox.Group key={group.id} label={t(`groups.${group.id}`)}>
          {group.items.map((item) => {
            const index = position++;
            return (
              <Combobox.Option
                key={item.id}
                value={item.id}
                id={optionId(index)}
                selected={index === selected}
                aria-selected={index === selected}
                ref={index === selected ? scrollIntoView : undefined}
              >
                <Text size="sm" fw={500}>
                  {item.label}
                </Text>
                {item.description && (
                  <Text size="xs" className={classes.description}>
                    {item.description}
                  </Text>
                )}
              </Combobox.Option>
            );
          })}
        </Combobox.Group>
      ))}
    </Combobox.Options>
  );
}
