globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/n64Es0nn2mBqb7WLPrrIv/_buildManifest.js",
    "static/n64Es0nn2mBqb7WLPrrIv/_ssgManifest.js",
    "static/n64Es0nn2mBqb7WLPrrIv/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/2i3mwkeaz200g.js",
    "static/chunks/22ehs_a5f8gzy.js",
    "static/chunks/1w3dq4tis8u5q.js",
    "static/chunks/42fyw4w94j-m8.js",
    "static/chunks/3516nv78vffqj.js",
    "static/chunks/turbopack-2u1d16houkiyo.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(auth)/login/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(auth)/setup/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(console)/admin/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(console)/audit/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(console)/functions/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(console)/functions/[name]/[[...tab]]/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    },
    "/(console)/functions/new/page": {
      "otherChunks": [
        "static/chunks/2i3mwkeaz200g.js",
        "static/chunks/22ehs_a5f8gzy.js",
        "static/chunks/1w3dq4tis8u5q.js",
        "static/chunks/42fyw4w94j-m8.js",
        "static/chunks/3516nv78vffqj.js"
      ],
      "runtimeModuleIds": [
        494553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
