import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./required-marker.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { createQueryClient } from "./api/query-client.ts";
import { installSessionHandling } from "./auth/session-lifecycle.ts";
import { initI18n } from "./i18n/i18n.ts";
import { createAppRouter } from "./router.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

const i18n = initI18n();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);
installSessionHandling({ router, queryClient });

const container = document.getElementById("root");
if (container === null) throw new Error("index.html lacks the #root element");

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
