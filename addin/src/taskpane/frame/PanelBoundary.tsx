import { Component, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../definitions/types";

/** What the pane says when a panel's code could not be loaded (or the panel failed to render). */
export const PANEL_FAILED = {
  sv: {
    failed: (panel: string) =>
      `Panelen ”${panel}” kunde inte laddas: dess kod hämtades inte (nätverket, eller tillägget uppdaterades medan fönstret var öppet). De andra panelerna fungerar som förut.`,
    retry: "Försök igen",
  },
  en: {
    failed: (panel: string) =>
      `The panel “${panel}” could not be loaded: its code did not arrive (the network, or the add-in was updated while the pane was open). The other panels work as before.`,
    retry: "Try again",
  },
};

/**
 * Keeps a panel that fails (its code did not load, or it threw while rendering) inside its own area: the pane,
 * its tabs and the other panels stay, and the user is told what failed, in the pane's language, with a way to
 * try again. Without it React would take the whole pane down with the panel (issue 23: nothing is lost unasked).
 */
export class PanelBoundary extends Component<
  { lang: Lang; label: string; onRetry: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = PANEL_FAILED[this.props.lang];
    return (
      <MessageBar intent="error" layout="multiline" data-testid="panel-failed">
        <MessageBarBody>{t.failed(this.props.label)}</MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              this.props.onRetry();
              this.setState({ failed: false });
            }}
          >
            {t.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
