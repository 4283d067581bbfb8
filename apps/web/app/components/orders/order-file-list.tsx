import type { Locale } from "@hunar/i18n/config";
import { formatFileSize } from "@hunar/i18n/format";
import { orderFileHref } from "@hunar/orders/work/order-file-href";
import { useTranslation } from "#app/utils/use-translation.ts";

export interface OrderFileView {
  id: string;
  fileName: string;
  byteSize: number;
}

/**
 * An order's files (a delivery's, or evidence in its dispute) as download links with their sizes,
 * served by the order's file route to its parties and admins only. `label` names each link for
 * screen readers when the file name alone does not say what it is.
 */
export function OrderFileList({
  orderId,
  files,
  label,
}: {
  orderId: string;
  files: OrderFileView[];
  label?: (fileName: string) => string;
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <ul className="flex flex-col gap-1">
      {files.map((file) => (
        <li key={file.id} className="flex flex-wrap items-baseline gap-2">
          <a href={orderFileHref(orderId, file.id)} download aria-label={label?.(file.fileName)} className="text-emerald-800 underline">
            <bdi>{file.fileName}</bdi>
          </a>
          <span className="text-sm text-stone-600">
            <bdi>{formatFileSize(file.byteSize, locale)}</bdi>
          </span>
        </li>
      ))}
    </ul>
  );
}
