/** A RAG rating as a coloured badge with its word. */
import { Badge } from "@fluentui/react-components";

const COLORS = { Green: "success", Amber: "warning", Red: "danger" } as const;

export function RatingBadge({ rating }: { rating: string }) {
  if (rating === "Green" || rating === "Amber" || rating === "Red") {
    return <Badge appearance="filled" color={COLORS[rating]}>{rating}</Badge>;
  }
  return <Badge appearance="outline" color="informative">Not rated</Badge>;
}
