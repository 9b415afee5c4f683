/** A column dropdown's label: the role's name in sentence case ("Amount spent"), and how sure the match is. */
export function fieldLabel(name: string, confidence?: number): string {
  const sentence = name.charAt(0).toUpperCase() + name.slice(1);
  return confidence === undefined ? sentence : `${sentence} (${Math.round(confidence * 100)}%)`;
}
