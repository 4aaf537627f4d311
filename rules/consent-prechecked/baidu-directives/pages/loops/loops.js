Page({
    data: {
        switches: [
            {title: '推送通知', open: true},
            {title: '接收百度营销活动短信', open: true}
        ]
    }
});
